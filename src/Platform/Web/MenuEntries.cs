using Pamong.Platform.Modules;

namespace Pamong.Platform.Web;

/// <summary>Adds a platform menu entry once, however many hosts are built in the process (tests build several at once).</summary>
public static class MenuEntries
{
    public static void Add(MenuItem item)
    {
        lock (Navigation.PlatformMenu)
        {
            if (!Navigation.PlatformMenu.Contains(item))
            {
                Navigation.PlatformMenu.Add(item);
            }
        }
    }
}
