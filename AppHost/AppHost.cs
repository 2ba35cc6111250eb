using Platform.AppHost;
using Platform.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddPlatformInfrastructure();

var identity = builder.AddPlatformService<Projects.Identity>("identity", infrastructure)
    .WithDevelopmentAccounts(builder);

var party = builder.AddPlatformService<Projects.PartyBuilding>("party", infrastructure).WithIdentity(identity)
    .WithPersonalDataKeys("PartyBuilding");
var incubation = builder.AddPlatformService<Projects.Incubation>("incubation", infrastructure).WithIdentity(identity)
    .WithPersonalDataKeys("Incubation");
var volunteers = builder.AddPlatformService<Projects.Volunteers>("volunteers", infrastructure).WithIdentity(identity)
    .WithPersonalDataKeys("Volunteers");
var charity = builder.AddPlatformService<Projects.Charity>("charity", infrastructure).WithIdentity(identity);
var reporting = builder.AddPlatformService<Projects.Reporting>("reporting", infrastructure).WithIdentity(identity)
    .WithRebuildStatisticsCommand(identity, builder);

var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck(ServiceHealth.HealthPath)
    .WithServiceReferences(identity, party, incubation, volunteers, charity, reporting);

var web = builder.AddWebConsole(infrastructure, gateway);

// Tokens name the gateway's address as issuer; Identity, the services, the gateway and the console all know it.
builder.WithPublicOrigin(gateway, identity, party, incubation, volunteers, charity, reporting, gateway, web);

// The gateway waits for the seeder; a check reads the seeded city's overview through the gateway.
builder.AddSeeder(identity, gateway, party, volunteers, incubation, charity, reporting);

builder.Build().Run();
