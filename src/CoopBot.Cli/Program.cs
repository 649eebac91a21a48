using CoopBot.Cli;

return CliCommands.CreateDefault().Run(args, Console.Out, Console.Error);
