using Entente.Core.Review;
using Entente.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Entente.Web.Pages;

/// <summary>Cookie sign-in with name and password; attempts are rate-limited per client address.</summary>
[EnableRateLimiting("signin")]
public sealed class SignInModel(ReviewedKnowledge store) : PageModel
{
    public string? Error { get; private set; }
    public string? Name { get; private set; }
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl)
    {
        Name = name;
        ReturnUrl = returnUrl;
        var user = name is null || password is null ? null : Accounts.Accounts.Verify(store.Reviews, name, password);
        if (user is null)
        {
            Error = "Unknown name or wrong password.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(Auth.Cookie, Auth.Principal(user, Auth.Cookie));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
