namespace Platform.AppHost.Infrastructure;

/// <summary>The servers every service uses, whichever way they were started.</summary>
internal sealed record PlatformInfrastructure(
    IResourceBuilder<IResource> Postgres,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> AddDatabase,
    IResourceBuilder<IResourceWithConnectionString> Cache,
    IResourceBuilder<IResourceWithConnectionString> Messaging);
