namespace Ror.Client.Csd.Models;

/// <summary>What a <see cref="Price"/> is for: base of the seven price variants (choice in <c>Price</c>).</summary>
public abstract record PriceDetails;
