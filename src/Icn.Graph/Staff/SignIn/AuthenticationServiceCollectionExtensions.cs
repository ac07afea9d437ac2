using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Staff.SignIn;

internal static class AuthenticationServiceCollectionExtensions
{
    private const string CallerScheme = "Caller";

    /// <summary>
    /// Staff accounts (ASP.NET Core Identity on our PostgreSQL) signing in for bearer tokens. The
    /// Data Protection keys that protect the tokens are kept in the database, encrypted with a
    /// certificate (see <see cref="KeyRingProtection"/>), so any API process accepts a token that
    /// another issued.
    /// </summary>
    public static IServiceCollection AddIcnAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Identity's stores and the key ring take a context per request scope, from the same pool.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext());
        services.AddIcnDataProtection(configuration, environment);

        // One scheme reads either credential: staff bearer tokens or website keys.
        services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "Staff bearer token or website key", options => options.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith(ApiKeyAuthenticationHandler.SchemeName + " ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options => options.AddIcnPolicies());
        services.AddMemoryCache();
        services.AddSingleton<StaffSessions>();
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<SessionTokens>();
        services.AddScoped<IClaimsTransformation, StaffClaimsTransformation>();
        services.AddSingleton<WebsiteOrigins>();
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 12;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IcnDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        services.AddOptions<InvitationTokenProviderOptions>()
            .Configure<IOptions<ApiOptions>>((tokens, api) => tokens.TokenLifespan = api.Value.InvitationLifetime);
        return services;
    }
}
