// axe-core on every screen at the phone viewport, light, dark and pure black (axe.mjs).
import { axeOnEveryScreen } from "./axe.mjs";
import { PHONE } from "./support.mjs";

axeOnEveryScreen("phone", PHONE);
