namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>Issues interchange control references (UNB/UNZ 0020, an..14) for the interchanges the gateway sends.</summary>
public interface IControlReferenceGenerator
{
    /// <summary>A reference not issued before (at most 14 characters of the syntax level's repertoire).</summary>
    string Next();
}
