using Platform.AppHost;
using Platform.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.AddPlatformInfrastructure();

var party = builder.AddPlatformService<Projects.PartyBuilding>("party", infrastructure);
var incubation = builder.AddPlatformService<Projects.Incubation>("incubation", infrastructure);
var volunteers = builder.AddPlatformService<Projects.Volunteers>("volunteers", infrastructure).WithPersonalDataKeys("Volunteers");
var charity = builder.AddPlatformService<Projects.Charity>("charity", infrastructure);
var reporting = builder.AddPlatformService<Projects.Reporting>("reporting", infrastructure);
var identity = builder.AddPlatformService<Projects.Identity>("identity", infrastructure);

builder.AddProject<Projects.Gateway>("gateway")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck(ServiceHealth.HealthPath)
    .WithServiceReferences(party, incubation, volunteers, charity, reporting, identity);

builder.Build().Run();
