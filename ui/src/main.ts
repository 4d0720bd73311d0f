/** Entry point: mounts the app into the page. */
import { mount } from "svelte";

import App from "./App.svelte";
import "./styles.css";

// The start's trace (see reportFirstScreen): the bundle's modules are evaluated.
performance.mark("script");

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");

export default mount(App, { target });
