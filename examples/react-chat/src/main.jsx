import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@crayonai/react-ui/styles/index.css";
import "./page.css";
import App from "./App.jsx";

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
