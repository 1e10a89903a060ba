using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Pamong.Web;

internal static class Telemetry
{
    /// <summary>
    /// Traces and metrics through OpenTelemetry, exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set; without
    /// an endpoint nothing would leave the process, so nothing is collected (every request would otherwise pay for
    /// an activity and its tags). Logs are structured (JSON to the console outside development).
    /// </summary>
    public static void AddPamongTelemetry(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole();
        }

        if (string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("pamong"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddSource("Pamong"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentationIfAvailable().AddMeter("Pamong"))
            .UseOtlpExporter();
    }

    private static MeterProviderBuilder AddRuntimeInstrumentationIfAvailable(this MeterProviderBuilder m) => m.AddMeter("System.Runtime");
}
