using System.Security.Claims;
using System.Text.Encodings.Web;
using Entente.Core.Review;
using Entente.Core.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Entente.Web.Accounts;

/// <summary>The workspace's authentication schemes and authorization policies.</summary>
public static class Auth
{
    public const string Token = "Token";
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    private const string CookieOrToken = "CookieOrToken";

    /// <summary>Viewing: any signed-in user, or anyone while the workspace has no users (read-only).</summary>
    public const string View = "view";

    /// <summary>Changing the store: a reviewer or admin, signed in with the cookie (pages, which carry anti-forgery tokens).</summary>
    public const string Review = "review";

    /// <summary>Changing the store through the API: a reviewer or admin presenting a bearer token (no cookie, so no cross-site forgery).</summary>
    public const string ReviewApi = "review-api";

    public static ClaimsPrincipal Principal(WorkspaceUser user, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], scheme));

    public static void AddWorkspaceAuth(this IServiceCollection services)
    {
        services.AddAuthentication(CookieOrToken)
            .AddPolicyScheme(CookieOrToken, "cookie for pages, bearer token for the API", o =>
                o.ForwardDefaultSelector = context => context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Token : Cookie)
            .AddCookie(Cookie, o =>
            {
                o.LoginPath = "/signin";
                o.Cookie.Name = "entente.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context =>
                {
                    // Pages you read send you to sign in; changes and API calls get a plain 401.
                    if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api")) context.Response.Redirect(context.RedirectUri);
                    else context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddScheme<AuthenticationSchemeOptions, TokenHandler>(Token, null);
        services.AddSingleton<IAuthorizationHandler, ViewHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(View, p => p.AddRequirements(new ViewRequirement()))
            .AddPolicy(Review, p => p.AddAuthenticationSchemes(Cookie).RequireAuthenticatedUser().RequireRole(WorkspaceRoles.Reviewer, WorkspaceRoles.Admin))
            .AddPolicy(ReviewApi, p => p.AddAuthenticationSchemes(Token).RequireAuthenticatedUser().RequireRole(WorkspaceRoles.Reviewer, WorkspaceRoles.Admin));
    }

    public static bool CanReview(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (user.IsInRole(WorkspaceRoles.Reviewer) || user.IsInRole(WorkspaceRoles.Admin));

    private sealed class ViewRequirement : IAuthorizationRequirement;

    private sealed class ViewHandler(IHttpContextAccessor http) : AuthorizationHandler<ViewRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ViewRequirement requirement)
        {
            if (context.User.Identity?.IsAuthenticated == true
                || http.HttpContext?.RequestServices.GetRequiredService<ReviewedKnowledge>().Reviews.UserCount() == 0)
                context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }

    /// <summary>"Authorization: Bearer TOKEN": the user whose stored token hash matches.</summary>
    private sealed class TokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var header = Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.NoResult());
            var token = header["Bearer ".Length..].Trim();
            var user = token.Length == 0 ? null : Context.RequestServices.GetRequiredService<ReviewedKnowledge>().Reviews.UserByTokenHash(Accounts.TokenHash(token));
            return Task.FromResult(user is null
                ? AuthenticateResult.Fail("unknown or revoked token")
                : AuthenticateResult.Success(new AuthenticationTicket(Principal(user, Token), Token)));
        }
    }
}
