namespace UniPass.Gateway.Routing.Bus;

/// <summary>Does the work for one consumed record; returning means the work is durable and the offset may be committed.</summary>
public interface IBusHandler
{
    Task HandleAsync(BusRecord record, CancellationToken cancellationToken);
}
