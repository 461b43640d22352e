namespace Ror.Client.Testing.Data;

/// <summary>The shape of a hospital service (structure interne, TRE_R207 code 2), the pôle it belongs to and its possible units.</summary>
internal sealed record DepartmentTemplate(string Pole, string Name, UnitTemplate[] Units);
