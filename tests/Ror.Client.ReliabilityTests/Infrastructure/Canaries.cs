namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>Recognisable values planted in the data served to the client; none may appear in logs or telemetry.</summary>
public static class Canaries
{
    public const string Name = "CANARYNAME Zebulon";
    public const string Phone = "0199887766";
    public const string Email = "canary.zebulon@exemple.invalid";
    public const string ProfessionalId = "899700112233";
    public const string Password = "canary-pfx-P4ssw0rd";

    public static IReadOnlyList<string> All { get; } = [Name, "Zebulon", Phone, Email, ProfessionalId, Password, "CANARY"];
}
