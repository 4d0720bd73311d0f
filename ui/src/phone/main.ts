/** Entry point of the voting page a phone opens (served by the app's local server). */
import { mount } from "svelte";

import Phone from "./Phone.svelte";
import "./phone.css";

const target = document.getElementById("phone");
if (!target) throw new Error("phone.html has no #phone element");

export default mount(Phone, { target });
