namespace Platform.AppHost.Infrastructure;

/// <summary>A locally installed server started by a script, referenced by services exactly like a container.</summary>
internal abstract class LocalServerResource(string name, string workingDirectory, int port)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    protected string PortText => Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public abstract ReferenceExpression ConnectionStringExpression { get; }
}

internal sealed class LocalPostgresResource(string name, string workingDirectory, int port, ParameterResource password)
    : LocalServerResource(name, workingDirectory, port)
{
    public ParameterResource Password { get; } = password;

    public override ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={PortText};Username=postgres;Password={Password}");
}

internal sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={databaseName}");
}

internal sealed class LocalRedisResource(string name, string workingDirectory, int port, ParameterResource password)
    : LocalServerResource(name, workingDirectory, port)
{
    public ParameterResource Password { get; } = password;

    public override ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{PortText},password={Password}");
}

internal sealed class LocalRabbitMqResource(
    string name, string workingDirectory, int port, ParameterResource user, ParameterResource password)
    : LocalServerResource(name, workingDirectory, port)
{
    public ParameterResource User { get; } = user;
    public ParameterResource Password { get; } = password;

    public override ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://{User}:{Password}@127.0.0.1:{PortText}");
}
