/** Starts the language server, shows a status bar item, offers "Check all articles in workspace". Thin. */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server's last status report (problem count, files indexed, its process id). */
export interface CopydeskStatus {
  checking: boolean;
  problems: number;
  files: number;
  pid?: number;
}

/** What the extension exports to other extensions and to its own integration tests. */
export interface CopydeskApi {
  client: LanguageClient | undefined;
  status(): CopydeskStatus | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  let last: CopydeskStatus | undefined;
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const files = vscode.workspace.getConfiguration('copydesk').get<string[]>('files', ['**/*.txt']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'article' }, ...files.map((pattern) => ({ scheme: 'file', pattern }))],
    synchronize: {
      configurationSection: 'copydesk',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{txt,md,article}'), vscode.workspace.createFileSystemWatcher('**/.copydesk.json')],
    },
    diagnosticPullOptions: { onChange: true, onSave: true },
    // The editor's storage for this workspace holds the server's index cache (none without a folder).
    initializationOptions: { storagePath: context.storageUri?.fsPath },
    // Restart a crashed server (the client's default policy gives up after 5 crashes in 3 minutes).
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.text = '$(loading~spin) Copydesk';
  status.tooltip = 'Copydesk: click to open the Problems panel';
  status.command = 'workbench.actions.view.problems';
  status.show();
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.checkWorkspace', async () => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking all articles in the workspace', cancellable: true },
        async (_progress, token) => {
          try {
            return (await client?.sendRequest('workspace/executeCommand', { command: 'copydesk.server.checkWorkspace', arguments: [] }, token)) as { files: number; problems: number } | undefined;
          } catch (e) {
            if (token.isCancellationRequested) return undefined; // the user cancelled; the server stopped
            throw e;
          }
        },
      );
      if (result) vscode.window.showInformationMessage(`Copydesk checked ${result.files} article file${result.files === 1 ? '' : 's'}: ${result.problems} problem${result.problems === 1 ? '' : 's'}.`);
    }),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification('copydesk/status', (s: CopydeskStatus) => {
      last = s;
      status.text = s.checking ? '$(loading~spin) Copydesk: checking…' : `$(checklist) Copydesk: ${s.problems} problem${s.problems === 1 ? '' : 's'}`;
      status.tooltip = `Copydesk: ${s.files} article files indexed. Click to open the Problems panel.`;
    }),
  );
  return { client, status: () => last };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
