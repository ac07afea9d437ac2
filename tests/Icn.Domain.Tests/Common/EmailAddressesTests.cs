using Icn.Domain.Common;

namespace Icn.Domain.Tests.Common;

/// <summary>The one rule for the addresses the network writes to: staff accounts, cluster contacts, applicants.</summary>
public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("name@example.org")]
    [InlineData("first.last+tag@mail.example.co.uk")]
    public void Plain_addresses_with_a_dotted_domain_are_valid(string address) =>
        Assert.True(EmailAddresses.IsValid(address));

    [Theory]
    [InlineData("someone@localhost")]
    [InlineData("name@example.org.")]
    [InlineData("Name <name@example.org>")]
    [InlineData("\"a b\"@example.org")]
    [InlineData("not an address")]
    [InlineData("name@")]
    public void Anything_mail_would_not_reach_is_not(string address) =>
        Assert.False(EmailAddresses.IsValid(address));
}
