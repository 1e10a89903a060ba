using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Pamong.BrowserTests;

/// <summary>
/// The product on a real port (Kestrel, SQLite, demo data) and Debian's chromium driven by Playwright.
/// Skips (never passes) when /usr/bin/chromium is missing.
/// </summary>
public sealed class LiveApp : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "pamong-browser", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>The running product's services, for journeys that need data no page creates (e.g. registry households).</summary>
    public IServiceProvider Services => _factory!.Services;

    public static string? Unavailable => File.Exists(Chromium) ? null : "Debian chromium is not installed at /usr/bin/chromium (scripts/prepare-test-machine.sh installs it).";

    /// <summary>Where screenshots go: artifacts/screenshots in the repository.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        if (Unavailable is not null)
        {
            return;
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", "sqlite");
            b.UseSetting("Database:DataFolder", _dataFolder);
            b.UseSetting("Demo:Enabled", "true");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPhonePageAsync() => await NewPageAsync(412, 915);

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUrl, Locale = "id-ID" });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs the page in through the sign-in form (and the authenticator step for the demo admin).</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi").FillAsync(Pamong.Platform.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        if (page.Url.Contains("/masuk/dua-langkah", StringComparison.Ordinal))
        {
            await page.GetByLabel("Kode verifikasi").FillAsync(Pamong.Platform.Accounts.Totp.Code(Pamong.Platform.Demo.DemoAccounts.AdminAuthenticatorKey, DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi" }).ClickAsync();
        }
    }

    /// <summary>Runs a browser journey; when it fails, the page as it was is saved to artifacts/screenshots/failed-NAME.png.</summary>
    public static async Task Journey(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"failed-{name}.png"), FullPage = true });
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The folder that holds Pamong.slnx.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pamong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}

[CollectionDefinition(Name)]
public sealed class LiveAppCollection : ICollectionFixture<LiveApp>
{
    public const string Name = "live";
}
