/** Entry point of the presenter window (the projector): mounts what the room sees. */
import { mount } from "svelte";

import Presenter from "./Presenter.svelte";
import "./styles.css";

const target = document.getElementById("room");
if (!target) throw new Error("presenter.html has no #room element");

export default mount(Presenter, { target });
