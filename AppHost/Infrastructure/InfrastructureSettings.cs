namespace Platform.AppHost.Infrastructure;

internal sealed class InfrastructureSettings
{
    public string Mode { get; set; } = "auto";
    public int PostgresPort { get; set; } = 35432;
    public int RedisPort { get; set; } = 36379;
    public int RabbitMqPort { get; set; } = 35672;

    /// <summary>Where the local servers keep their data; relative paths are under the AppHost's folder.</summary>
    public string DataDirectory { get; set; } = ".data";
}
