namespace Ror.Client.Testing.Data;

/// <summary>Which kind of capacity a generated unit declares.</summary>
internal enum CapacityKind
{
    None,
    Beds,
    Places,
    Residential,
}
