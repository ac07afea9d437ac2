using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Staff;

internal sealed class UserStatusGraphType : DescribedEnumGraphType<UserStatus>
{
    public UserStatusGraphType()
        : base("Where a staff account is in its life.", new Dictionary<UserStatus, string>
        {
            [UserStatus.Invited] = "Invited by an admin; the invitation has not been accepted (no password yet).",
            [UserStatus.Active] = "Can sign in.",
            [UserStatus.Deactivated] = "Deactivated by an admin: cannot sign in, and its tokens no longer work.",
        })
    {
        Name = "UserStatus";
    }
}
