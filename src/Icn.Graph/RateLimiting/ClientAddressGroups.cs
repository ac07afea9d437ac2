using System.Net;
using System.Net.Sockets;

namespace Icn.Graph.RateLimiting;

/// <summary>
/// The name of the group a client address counts in. An IPv6 subscriber usually holds a whole /64
/// and may pick any address in it, so one bucket per IPv6 address would give a single person
/// billions of buckets; the /64 is the smallest unit a network hands out. An IPv4-mapped IPv6
/// address (a dual-stack socket's view of an IPv4 client) is that IPv4 client.
/// </summary>
internal static class ClientAddressGroups
{
    private const int InterfaceIdentifierBytes = 8;

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[InterfaceIdentifierBytes..].Clear();
        return $"{new IPAddress(bytes)}/64";
    }
}
