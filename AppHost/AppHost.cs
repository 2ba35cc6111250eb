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

var seeder = builder.AddSeeder(identity, party, volunteers, incubation, charity, reporting);

var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck(ServiceHealth.HealthPath)
    .WithServiceReferences(identity, party, incubation, volunteers, charity, reporting);
if (seeder is not null)
{
    // The platform opens its doors once the city is seeded.
    gateway.WaitForCompletion(seeder);
}

builder.Build().Run();
