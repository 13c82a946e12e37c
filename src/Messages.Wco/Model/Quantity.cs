namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// A measured or counted quantity with its unit (UN/ECE Recommendation 20 unit code such as <c>KGM</c>,
/// or a national unit code as the WCO DM <c>unitCode</c> attribute allows). A null unit means the unit the
/// field defines (e.g. kilograms for WCO DM 126/131 gross mass).
/// </summary>
public sealed record Quantity(decimal Value, string? Unit = null);
