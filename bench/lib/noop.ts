/** Does nothing: the bench times node + tsx starting and exiting, the floor of any start-up. */
export {}
