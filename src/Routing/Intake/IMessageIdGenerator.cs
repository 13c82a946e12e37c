namespace UniPass.Gateway.Routing.Intake;

/// <summary>Makes message and acknowledgement ids (injected, so that tests choose them).</summary>
public interface IMessageIdGenerator
{
    Guid NewId();
}
