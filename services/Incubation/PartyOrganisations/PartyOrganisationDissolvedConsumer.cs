using Platform.Contracts.PartyBuilding;
using Platform.Incubation.Data;
using Platform.Messaging;

namespace Platform.Incubation.PartyOrganisations;

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
