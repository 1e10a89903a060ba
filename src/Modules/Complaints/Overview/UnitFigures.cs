namespace Pamong.Complaints.Overview;

/// <summary>One unit's complaints: how many, how many still open and late, and how long answers took on average (days from filing).</summary>
public sealed record UnitFigures(string UnitCode, string UnitName, int Total, int Open, int Overdue, int Answered, int Closed, int Rejected, double? AverageAnswerDays);
