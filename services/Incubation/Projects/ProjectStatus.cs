namespace Platform.Incubation.Projects;

public enum ProjectStatus
{
    Approved = 1,
    Completed = 2,
}
