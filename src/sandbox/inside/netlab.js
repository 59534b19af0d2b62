// "netlab" as a learner's code sees it in the grading sandbox: the same Lab API, each call a request
// to the grader (which checks it and runs it on the real Lab), each answer plain data.
"use strict";

let send = () => {
  throw new Error("netlab sandbox: not connected");
};
let nextId = 1;
const pending = new Map();

function request(method, args) {
  const id = nextId++;
  // Only data crosses: a learner's object with getters or a prototype arrives as its JSON.
  send({ type: "lab", id, method, args: JSON.parse(JSON.stringify(args === undefined ? [] : args, (_k, v) => (v === undefined ? null : v))) });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function settle(message) {
  const waiting = pending.get(message.id);
  if (!waiting) return;
  pending.delete(message.id);
  if (message.type === "labResult") return waiting.resolve(message.value);
  const err = new Error(message.error.message);
  // A Lab error teaches by itself: the grader shows it as the Lab said it.
  err.netlab = { key: message.error.key, params: message.error.params };
  err.name = "NetlabError";
  waiting.reject(err);
}

class NotYetDoneError extends Error {
  constructor(todo) {
    super(`not yet done: ${todo}`);
    this.name = "NotYetDoneError";
    this.todo = todo;
  }
}

function notYetDone(todo) {
  throw new NotYetDoneError(todo);
}

class LabContainer {
  constructor(name) {
    this.name = name;
  }
  exec(command, timeoutMs) {
    return request("container.exec", [this.name, command, timeoutMs]);
  }
  inspect() {
    return request("container.inspect", [this.name]);
  }
  addresses() {
    return request("container.addresses", [this.name]);
  }
  ip(network) {
    return request("container.ip", [this.name, network]);
  }
  hostPort(port) {
    return request("container.hostPort", [this.name, port]);
  }
  stop() {
    return request("container.stop", [this.name]);
  }
  remove() {
    return request("container.remove", [this.name]);
  }
}

class LabNetwork {
  constructor(name) {
    this.name = name;
  }
}

class HostView {
  interfaces() {
    return request("hostView.interfaces", []);
  }
  routes() {
    return request("hostView.routes", []);
  }
  byIndex(index) {
    return request("hostView.byIndex", [index]);
  }
  exec(command) {
    return request("hostView.exec", [command]);
  }
}

class Lab {
  run(name, options) {
    return request("run", [name, options]).then(() => new LabContainer(name));
  }
  createNetwork(name, options) {
    return request("createNetwork", [name, options]).then(() => new LabNetwork(name));
  }
  connect(network, container) {
    return request("connect", [network, container]);
  }
  disconnect(network, container) {
    return request("disconnect", [network, container]);
  }
  exec(container, command, timeoutMs) {
    return request("container.exec", [container, command, timeoutMs]);
  }
  inspect(container) {
    return request("container.inspect", [container]);
  }
  inspectNetwork(network) {
    return request("inspectNetwork", [network]);
  }
  networkIpam(network) {
    return request("networkIpam", [network]);
  }
  stop(container) {
    return request("container.stop", [container]);
  }
  rm(container) {
    return request("rm", [container]);
  }
  hostView() {
    return request("hostView", []).then(() => new HostView());
  }
  freeSubnet() {
    return request("freeSubnet", []);
  }
  container(name) {
    return new LabContainer(name);
  }
  network(name) {
    return new LabNetwork(name);
  }
}

module.exports = {
  Lab,
  LabContainer,
  LabNetwork,
  notYetDone,
  lab: new Lab(),
  settle,
  connect: (sender) => {
    send = sender;
  },
};
