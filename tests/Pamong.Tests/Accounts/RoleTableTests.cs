using Pamong.Platform.Accounts;

namespace Pamong.Tests.Accounts;

public sealed class RoleTableTests
{
    [Fact]
    public void The_accounts_page_of_the_docs_shows_the_current_role_table()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pamong.slnx")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var page = File.ReadAllText(Path.Combine(folder.FullName, "docs", "modules", "accounts.md"));
        Assert.Contains(RoleTable.Markdown(), page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_role_holds_some_permission_citizens_only_apply_for_services_and_register_their_household_and_only_Admin_manages_users()
    {
        Assert.All(Roles.All, r => Assert.NotEmpty(Permissions.Of(r)));
        Assert.Equal([Permissions.ApplyForServices, Permissions.SelfRegisterPerlinsos], Permissions.Of(Roles.Warga));
        Assert.Equal([Roles.Admin], Roles.All.Where(r => Permissions.Grants(r, Permissions.ManageUsers)));
        Assert.Equal([Roles.Admin], Roles.All.Where(r => Permissions.Grants(r, Permissions.ManageApiKeys)));
    }
}
