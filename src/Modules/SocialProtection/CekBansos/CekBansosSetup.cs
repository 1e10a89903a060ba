using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;

namespace Pamong.SocialProtection.CekBansos;

internal static class CekBansosSetup
{
    public const string RateLimitPolicy = "cek-bansos";

    public static void AddCekBansos(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CekBansosOptions>(configuration.GetSection(CekBansosOptions.Section));
        services.AddSingleton<NikHasher>();
        services.AddScoped<CekBansosLookup>();
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.IsPostgres)
        {
            var connection = database.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is postgres.");
            services.AddSingleton<ICekBansosReader>(_ => new NpgsqlCekBansosReader(connection));
        }
        else
        {
            services.AddScoped<ICekBansosReader, EntityCekBansosReader>();
        }

        services.AddScoped<CekBansosAnswer>();
        services.AddScoped<CekBansosTable>();

        // The platform's rate limiter, with a policy of its own: per client address, for the page and the API.
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RateLimitPolicy, context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<CekBansosOptions>>().CurrentValue;
            return RateLimitPartition.GetFixedWindowLimiter($"cek:{context.Connection.RemoteIpAddress}:{limits.PermitLimit}:{limits.WindowSeconds}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0,
            });
        }));
    }
}
