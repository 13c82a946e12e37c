namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>How deep validation goes.</summary>
public enum EdifactValidationLevel : byte
{
    /// <summary>Syntax and envelopes only (ISO 9735-1: UNA, UNB/UNZ, UNG/UNE, UNH/UNT and their control counts).</summary>
    Envelope = 0,

    /// <summary>
    /// Also each message against its directory: segment table, data elements and composites
    /// (status, repetitions, representation), code lists, DTM dates; service segments against the
    /// service directory of the interchange's syntax version.
    /// </summary>
    Structure = 1,
}
