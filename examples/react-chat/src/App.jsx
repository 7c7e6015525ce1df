import { C1Chat } from "@thesysai/genui-sdk";

// C1Chat posts each new user message to apiUrl and renders the streamed
// answer. logoUrl points at a file served here: the default logo would be
// fetched from outside this machine.
export default function App() {
  return <C1Chat apiUrl="/api/chat" agentName="C1 example" logoUrl="/logo.svg" />;
}
