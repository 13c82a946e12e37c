namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>Gender as travel documents state it (ICAO Doc 9303: M, F, X unspecified; U unknown in API messages).</summary>
public enum Gender
{
    Male,
    Female,
    Unspecified,
    Unknown,
}
