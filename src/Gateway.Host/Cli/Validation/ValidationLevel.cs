namespace UniPass.Gateway.Host.Cli.Validation;

/// <summary>How deep <c>validate</c> checks an EDIFACT interchange.</summary>
internal enum ValidationLevel
{
    /// <summary>Syntax and envelopes (UNA, UNB/UNZ, UNG/UNE, UNH/UNT): ISO 9735 part 1.</summary>
    Envelope,

    /// <summary>The envelope level plus each message against its directory's segment table, segments, elements and codes.</summary>
    Structure,
}
