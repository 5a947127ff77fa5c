using De06Metrics.Text;

Console.WriteLine($"De06Metrics: {Language.Vietnamese.FormatNumber(88.8m, 1)}%");
