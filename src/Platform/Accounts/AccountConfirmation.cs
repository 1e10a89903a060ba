using Microsoft.AspNetCore.Identity;

namespace Pamong.Platform.Accounts;

/// <summary>Staff accounts are made by an administrator; a citizen's account opens once its one-time code is confirmed.</summary>
internal sealed class AccountConfirmation : IUserConfirmation<PamongUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<PamongUser> manager, PamongUser user) =>
        Task.FromResult(user.Kind == AccountKind.Staff || user.EmailConfirmed || user.PhoneNumberConfirmed);
}
