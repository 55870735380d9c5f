using System.Threading.RateLimiting;
using Entente.Core.Review;
using Entente.Web.Accounts;
using Entente.Web.Api;
using Entente.Web.Ingest;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Entente.Web;

/// <summary>
/// Builds the web workspace: Razor pages for people, a JSON API under /api with its OpenAPI document,
/// cookie sign-in and bearer tokens, and the security headers every response carries.
/// </summary>
public static class WorkspaceHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WorkspaceHost).Assembly.GetName().Name,
            // Nothing is read from the content root (views are compiled, assets embedded); the tests' host picks its own.
            ContentRootPath = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Keys are kept in the user's profile as ASP.NET Core does by default; on this single-machine tool that is expected, not a warning.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddOptions<WorkspaceOptions>().Bind(builder.Configuration.GetSection(WorkspaceOptions.Section));
        services.AddHttpContextAccessor();
        // Text is still HTML-encoded (<, >, &, quotes); letters of every script are written as themselves.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped(sp => WorkspaceStore.Open(sp.GetRequiredService<IOptions<WorkspaceOptions>>().Value.Db));
        services.AddScoped(sp => new Reviewing(sp.GetRequiredService<ReviewedKnowledge>()));
        services.AddSingleton<UploadIngest>();
        services.AddWorkspaceAuth();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "entente.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Auth.View);
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AuthorizePage("/Facts/Review", Auth.Review);
        });
        // The API writes snake_case like the exports, and leaves out what is unknown.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddOptions<FormOptions>().Configure<IOptions<WorkspaceOptions>>((form, workspace) => form.MultipartBodyLengthLimit = workspace.Value.MaxUploadBytes);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("signin", context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
                var limit = context.RequestServices.GetRequiredService<IOptions<WorkspaceOptions>>().Value.SignInsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.Use(UploadLimit);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi().AllowAnonymous();
        app.MapAssets();
        app.MapWorkspaceApi();
        app.MapRazorPages();
        return app;
    }

    /// <summary>An upload above the limit is refused before anything reads it (the anti-forgery check reads forms too).</summary>
    private static Task UploadLimit(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true) return next();
        var limit = context.RequestServices.GetRequiredService<IOptions<WorkspaceOptions>>().Value.MaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync($"The upload is above the {Math.Max(1, limit / (1024 * 1024))} MB limit; nothing was stored.");
        }
        // Without a declared length, the server stops reading at the limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        return next();
    }

    /// <summary>
    /// Every response: a Content-Security-Policy that allows scripts, styles and images from this
    /// origin only (no inline script, no eval, no plug-ins, no framing), and no MIME sniffing.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return next();
    }
}
