// axe-core on every screen in a desktop window, light, dark and pure black (axe.mjs).
import { axeOnEveryScreen } from "./axe.mjs";
import { DESKTOP } from "./support.mjs";

axeOnEveryScreen("desktop", DESKTOP);
