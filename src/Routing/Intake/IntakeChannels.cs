namespace UniPass.Gateway.Routing.Intake;

/// <summary>The names of the transports a message can arrive by, as stored with it.</summary>
public static class IntakeChannels
{
    public const string Https = "https";
    public const string As2 = "as2";
    public const string Sftp = "sftp";
}
