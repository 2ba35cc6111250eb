using System.Globalization;

namespace Platform.Testing;

/// <summary>CPU time and resident memory of a process and all its descendants (PostgreSQL backends, RabbitMQ's VM), from /proc.</summary>
public readonly record struct ProcessUsage(TimeSpan Cpu, long ResidentBytes)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private const long PageSize = 4096;

    public static ProcessUsage Of(int rootPid)
    {
        var stats = ReadAll();
        var tree = TreeOf(rootPid, stats);
        var ticks = tree.Where(stats.ContainsKey).Sum(p => stats[p].Ticks);
        var pages = tree.Where(stats.ContainsKey).Sum(p => stats[p].ResidentPages);
        return new ProcessUsage(TimeSpan.FromSeconds(ticks / TicksPerSecond), pages * PageSize);
    }

    /// <summary>A process and all its descendants, as they are now.</summary>
    public static IReadOnlySet<int> TreeOf(int rootPid) => TreeOf(rootPid, ReadAll());

    private static HashSet<int> TreeOf(int rootPid, Dictionary<int, (int Parent, long Ticks, long ResidentPages)> stats)
    {
        var tree = new HashSet<int> { rootPid };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, stat) in stats)
            {
                if (!tree.Contains(pid) && tree.Contains(stat.Parent))
                {
                    grew = tree.Add(pid);
                }
            }
        }

        return tree;
    }

    private static Dictionary<int, (int Parent, long Ticks, long ResidentPages)> ReadAll()
    {
        var stats = new Dictionary<int, (int, long, long)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var text = File.ReadAllText(Path.Combine(dir, "stat"));
                // The command name may hold spaces and parentheses: fields start after the last ')'.
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                stats[pid] = (Parse(fields[1]), Parse(fields[11]) + Parse(fields[12]), Parse(fields[21]));
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return stats;
    }

    private static int Parse(string field) => (int)long.Parse(field, CultureInfo.InvariantCulture);
}
