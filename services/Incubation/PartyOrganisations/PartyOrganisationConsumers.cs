using Platform.Contracts.PartyBuilding;
using Platform.Incubation.Data;
using Platform.Messaging;

namespace Platform.Incubation.PartyOrganisations;

public sealed class PartyOrganisationEstablishedConsumer(IncubationDb db)
    : IdempotentConsumer<PartyOrganisationEstablished, IncubationDb>(db)
{
    protected override async Task ApplyAsync(PartyOrganisationEstablished message, CancellationToken cancellationToken)
    {
        var organisation = await Db.PartyOrganisations.FindAsync([message.OrganisationId], cancellationToken);
        if (organisation is null)
        {
            Db.PartyOrganisations.Add(organisation = new ReplicatedPartyOrganisation { Id = message.OrganisationId });
        }

        // A dissolution that overtook the establishment stays: only the description is filled in.
        organisation.Name = message.Name;
        organisation.Kind = message.Kind;
        organisation.RegionCode = message.RegionCode;
    }
}

public sealed class PartyOrganisationDissolvedConsumer(IncubationDb db)
    : IdempotentConsumer<PartyOrganisationDissolved, IncubationDb>(db)
{
    protected override async Task ApplyAsync(PartyOrganisationDissolved message, CancellationToken cancellationToken)
    {
        var organisation = await Db.PartyOrganisations.FindAsync([message.OrganisationId], cancellationToken);
        if (organisation is null)
        {
            Db.PartyOrganisations.Add(organisation = new ReplicatedPartyOrganisation
            {
                Id = message.OrganisationId, Kind = message.Kind, RegionCode = message.RegionCode,
            });
        }

        organisation.Dissolved = true;
    }
}
