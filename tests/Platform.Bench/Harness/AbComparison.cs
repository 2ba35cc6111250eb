namespace Platform.Bench.Harness;

/// <summary>
/// A against B in alternating rounds (A, B, A, B, …) after one warm-up of each, so that drift of a shared two-core
/// machine falls on both sides alike. The ratio is the median of the per-round ratios A/B.
/// </summary>
public sealed class AbComparison(string label, Func<Task<Sample>> a, Func<Task<Sample>> b)
{
    public List<Sample> A { get; } = [];
    public List<Sample> B { get; } = [];

    public double Ratio => A.Zip(B, (x, y) => x.Value / y.Value).Median();

    public async Task<AbComparison> RunAsync(int rounds)
    {
        Console.WriteLine($"[{label}] warm-up");
        await a();
        await b();
        for (var round = 1; round <= rounds; round++)
        {
            A.Add(await a());
            B.Add(await b());
            Console.WriteLine($"[{label}] round {round}/{rounds}: A {A[^1].Value.F("0.#")}, B {B[^1].Value.F("0.#")}");
        }

        return this;
    }
}
