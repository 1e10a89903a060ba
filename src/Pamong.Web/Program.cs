using Pamong.Platform;
using Pamong.Platform.Data;
using Pamong.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPamongPlatform(builder.Configuration);
builder.Services.AddPamongModules(builder.Configuration);
builder.AddPamongTelemetry();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

if (!app.Environment.IsDevelopment())
{
    // Pages show the Indonesian error page; the API answers problem details.
    app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/status/500"));
    app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
    app.UseHsts();
}

app.UseStaticFiles();
app.UsePamongPlatform();
app.MapPamongPlatform();
app.MapPamongModules();
app.MapPamongHealth();

await StartupSteps.RunAllAsync(app.Services);
await app.StartAsync();
StartupBanner.Print(app);
await app.WaitForShutdownAsync();
return 0;

/// <summary>Lets the test host find the program.</summary>
public partial class Program;
