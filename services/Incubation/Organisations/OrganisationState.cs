namespace Platform.Incubation.Organisations;

/// <summary>Where an organisation stands: applied → filed (备案) → incubating (入孵) → graduated (出壳); revoked from any other state.</summary>
public enum OrganisationState
{
    Applied = 1,
    Filed = 2,
    Incubating = 3,
    Graduated = 4,
    Revoked = 5,
}
