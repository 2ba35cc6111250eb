using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.PersonalData;

public static class PersonalDataServices
{
    /// <summary>
    /// Registers <see cref="PersonalDataProtector"/> with the keys of configuration section <paramref name="section"/>.
    /// The keys are read now, so a service without them fails at start-up rather than on its first personal record.
    /// </summary>
    public static IHostApplicationBuilder AddPersonalDataProtection(this IHostApplicationBuilder builder, string section)
    {
        builder.Services.AddSingleton(PersonalDataKeys.From(builder.Configuration, section));
        builder.Services.AddSingleton<PersonalDataProtector>();
        return builder;
    }
}
